import { ApiProperty } from '@nestjs/swagger';
import { RATINGS } from '#contracts';

export class EvaluationRecordedResponse {
  @ApiProperty({ enum: RATINGS }) rating!: string;
  @ApiProperty({ format: 'date-time' }) evaluatedAt!: string;
}
