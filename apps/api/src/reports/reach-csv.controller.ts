import { Controller, Get, HttpStatus, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainException, ErrorCode, Programme, Province, UnauthenticatedException } from '@app/core';
import { ReportService, reachCsv, reachCsvFileName } from '@app/reports';
import { BrowserSessions } from '../auth/browser-sessions';

// Query parameters arrive as text: a school year of digits only, enum values as they are spelled.
function parseQuery(query: Record<string, unknown>) {
  const bad = (field: string, message: string) =>
    new DomainException(ErrorCode.BAD_USER_INPUT, message, { field });
  const year = typeof query.schoolYear === 'string' ? query.schoolYear : '';
  if (!/^\d{4}$/.test(year)) throw bad('schoolYear', 'schoolYear is a year such as 2026 (for 2026/27)');
  const province = query.province;
  if (province !== undefined && !Object.values<unknown>(Province).includes(province)) {
    throw bad('province', `province is one of ${Object.values(Province).join(', ')}`);
  }
  const programme = query.programme;
  if (programme !== undefined && !Object.values<unknown>(Programme).includes(programme)) {
    throw bad('programme', `programme is one of ${Object.values(Programme).join(', ')}`);
  }
  return {
    schoolYear: Number(year),
    province: province as Province | undefined,
    programme: programme as Programme | undefined,
  };
}

/** The reach report as a download for Dutch Excel; the same Bearer token (or web session) as the GraphQL API. */
@Controller('reports')
export class ReachCsvController {
  constructor(
    private readonly sessions: BrowserSessions,
    private readonly reports: ReportService,
  ) {}

  @Get('reach.csv')
  // Refusals (401, 403, 400) are answered by the one error filter, as for every HTTP route.
  async reach(@Req() req: Request, @Res() res: Response): Promise<void> {
    // A link from the web app whose access cookie has run out refreshes it, as a GraphQL request would.
    const actor = await this.sessions.actor(req, res);
    if (!actor) throw new UnauthenticatedException('Log in first: send Authorization: Bearer <token>');
    const { schoolYear, province, programme } = parseQuery(req.query);
    const report = await this.reports.reach(actor, schoolYear, { province, programme });
    res
      .status(HttpStatus.OK)
      .type('text/csv; charset=utf-8')
      .set('Content-Disposition', `attachment; filename="${reachCsvFileName(schoolYear)}"`)
      .send(reachCsv(report));
  }
}
