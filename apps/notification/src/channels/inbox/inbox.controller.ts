import { Controller, Get, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags, ApiNoContentResponse, ApiOkResponse } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { CurrentPrincipal, type Principal, ApiErrors } from '#platform';
import { InboxResponse } from './inbox.responses.js';

/**
 * Messages for this account: addressed to it; to its role (in its township, or county-wide);
 * or to its unit — a department, or the township government its township staff work for.
 */
const FOR_PRINCIPAL = `(
  m.recipient_id = $1
  OR (m.audience_role = $2 AND (m.audience_township IS NULL OR m.audience_township = $3))
  OR (m.audience_unit IS NOT NULL AND (m.audience_unit = $4
      OR ($2 IN ('township-officer', 'leader') AND m.audience_unit IN (SELECT u.code FROM notification.unit u WHERE u.kind = 'township' AND u.township_code = $3))))
)`;

const params = (p: Principal) => [p.id, p.role, p.townshipCode ?? null, p.unitCode ?? null];

@ApiTags('inbox')
@ApiBearerAuth()
@Controller('api/inbox')
export class InboxController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @ApiOperation({ summary: '我的站内通知（最近 200 条）' })
  @ApiOkResponse({ type: InboxResponse })
  async list(@CurrentPrincipal() principal: Principal) {
    const rows = await this.dataSource.query(
      `SELECT m.id, m.title, m.body, m.link, m.created_at AS "createdAt", r.read_at AS "readAt"
       FROM notification.inbox_message m
       LEFT JOIN notification.inbox_read r ON r.message_id = m.id AND r.account_id = $1
       WHERE ${FOR_PRINCIPAL}
       ORDER BY m.created_at DESC LIMIT 200`,
      params(principal),
    );
    return { items: rows, unread: rows.filter((r: { readAt: Date | null }) => !r.readAt).length };
  }

  @Post(':id/read')
  @HttpCode(204)
  @ApiOperation({ summary: '标记已读' })
  @ApiNoContentResponse({ description: '已标记' })
  @ApiErrors(404)
  async markRead(@Param('id', new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException('没有这条通知') })) id: string, @CurrentPrincipal() principal: Principal) {
    const [visible] = await this.dataSource.query(`SELECT 1 FROM notification.inbox_message m WHERE m.id = $5 AND ${FOR_PRINCIPAL}`, [...params(principal), id]);
    if (!visible) throw new NotFoundException('没有这条通知');
    await this.dataSource.query(`INSERT INTO notification.inbox_read (message_id, account_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [id, principal.id]);
  }
}
