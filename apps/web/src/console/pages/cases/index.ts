/** The case pages (issue 11 items 3 and 4), loaded on first use: not part of 工作台's first load. */
export { CaseRedirect } from './CaseRedirect';
export { PetitionDetailPage } from './PetitionDetailPage';
export { PetitionListPage } from './PetitionListPage';
