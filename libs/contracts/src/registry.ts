import { CaseAcceptedV1 } from './casework/case-accepted.v1.js';
import { CaseAssignedV1 } from './casework/case-assigned.v1.js';
import { CaseClosedV1 } from './casework/case-closed.v1.js';
import { CaseEscalatedV1 } from './casework/case-escalated.v1.js';
import { CaseMediatedV1 } from './casework/case-mediated.v1.js';
import { CaseOpenedV1 } from './casework/case-opened.v1.js';
import { CaseOverdueV1 } from './casework/case-overdue.v1.js';
import { CaseRefusedAsRepeatV1 } from './casework/case-refused-as-repeat.v1.js';
import { CaseRejectedV1 } from './casework/case-rejected.v1.js';
import { CaseRepliedV1 } from './casework/case-replied.v1.js';
import { CaseSupervisedV1 } from './casework/case-supervised.v1.js';
import { CaseTransferredV1 } from './casework/case-transferred.v1.js';
import { DeadlineApproachingV1 } from './casework/deadline-approaching.v1.js';
import { DeadlineExtendedV1 } from './casework/deadline-extended.v1.js';
import { DisputeScreenedV1 } from './casework/dispute-screened.v1.js';
import { DisputeUpdatedV1 } from './casework/dispute-updated.v1.js';
import { HearingRecordedV1 } from './casework/hearing-recorded.v1.js';
import { LeaderTookOwnershipV1 } from './casework/leader-took-ownership.v1.js';
import { PetitionLinkedV1 } from './casework/petition-linked.v1.js';
import { PublicNoteAddedV1 } from './casework/public-note-added.v1.js';
import { ReviewDecidedV1 } from './casework/review-decided.v1.js';
import { ReviewRequestedV1 } from './casework/review-requested.v1.js';
import { RoutingObjectedV1 } from './casework/routing-objected.v1.js';
import { SensitivePeriodClosedV1 } from './casework/sensitive-period-closed.v1.js';
import { SensitivePeriodOpenedV1 } from './casework/sensitive-period-opened.v1.js';
import { ZeroReportFiledV1 } from './casework/zero-report-filed.v1.js';
import { ZeroReportMissingV1 } from './casework/zero-report-missing.v1.js';
import type { EventContract } from './event-contract.js';
import { AttachmentAddedV1 } from './intake/attachment-added.v1.js';
import { DirectoryPublishedV1 } from './intake/directory-published.v1.js';
import { PetitionEvaluatedV1 } from './intake/petition-evaluated.v1.js';
import { PetitionRefusedV1 } from './intake/petition-refused.v1.js';
import { PetitionRegisteredV1 } from './intake/petition-registered.v1.js';

/** Every event contract the platform publishes, for the schema and AsyncAPI generators and their tests. */
export const EVENT_CONTRACTS: readonly EventContract[] = Object.freeze([
  PetitionRegisteredV1,
  PetitionRefusedV1,
  PetitionEvaluatedV1,
  AttachmentAddedV1,
  DirectoryPublishedV1,
  CaseOpenedV1,
  PetitionLinkedV1,
  CaseTransferredV1,
  CaseAssignedV1,
  RoutingObjectedV1,
  CaseAcceptedV1,
  CaseRejectedV1,
  CaseRefusedAsRepeatV1,
  LeaderTookOwnershipV1,
  DeadlineExtendedV1,
  CaseRepliedV1,
  ReviewRequestedV1,
  HearingRecordedV1,
  ReviewDecidedV1,
  CaseSupervisedV1,
  DeadlineApproachingV1,
  CaseOverdueV1,
  CaseEscalatedV1,
  CaseMediatedV1,
  CaseClosedV1,
  PublicNoteAddedV1,
  SensitivePeriodOpenedV1,
  SensitivePeriodClosedV1,
  ZeroReportFiledV1,
  ZeroReportMissingV1,
  DisputeScreenedV1,
  DisputeUpdatedV1,
]);
