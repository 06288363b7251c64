import { NotFoundException, ParseUUIDPipe } from '@nestjs/common';

/** A case id that is not a UUID is simply a case that does not exist. */
export const caseIdPipe = () => new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException('没有这个案件') });
