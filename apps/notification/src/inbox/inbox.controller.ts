import { Controller, Get, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { CurrentPrincipal, type Principal } from '#platform';

/** Messages for this account: addressed to it, or to its role in its township (or county-wide for its role). */
const FOR_PRINCIPAL = `(m.recipient_id = $1 OR (m.audience_role = $2 AND (m.audience_township IS NULL OR m.audience_township = $3)))`;

@ApiTags('inbox')
@ApiBearerAuth()
@Controller('api/inbox')
export class InboxController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @ApiOperation({ summary: '我的站内通知' })
  async list(@CurrentPrincipal() principal: Principal) {
    const rows = await this.dataSource.query(
      `SELECT m.id, m.title, m.body, m.link, m.created_at AS "createdAt", r.read_at AS "readAt"
       FROM notification.inbox_message m
       LEFT JOIN notification.inbox_read r ON r.message_id = m.id AND r.account_id = $1
       WHERE ${FOR_PRINCIPAL}
       ORDER BY m.created_at DESC LIMIT 200`,
      [principal.id, principal.role, principal.townshipCode ?? null],
    );
    return { items: rows, unread: rows.filter((r: { readAt: Date | null }) => !r.readAt).length };
  }

  @Post(':id/read')
  @HttpCode(204)
  @ApiOperation({ summary: '标记已读' })
  async markRead(@Param('id', new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException('没有这条通知') })) id: string, @CurrentPrincipal() principal: Principal) {
    const [visible] = await this.dataSource.query(`SELECT 1 FROM notification.inbox_message m WHERE m.id = $4 AND ${FOR_PRINCIPAL}`, [principal.id, principal.role, principal.townshipCode ?? null, id]);
    if (!visible) throw new NotFoundException('没有这条通知');
    await this.dataSource.query(`INSERT INTO notification.inbox_read (message_id, account_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [id, principal.id]);
  }
}
