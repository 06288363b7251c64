import type { StaffUser } from '../../auth/session';
import { ComingSoon } from '../../shell/ComingSoon';

/** Being built (issue 11, item 5): until then the area says so. */
export default function DutyRosterPage({ user }: { user: StaffUser }) {
  return <ComingSoon user={user} />;
}
