import { Controller, Get, HttpStatus, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainException, ErrorCode, Programme, Province, UnauthenticatedException } from '@app/core';
import { AuthService } from '@app/identity';
import { ReportService, reachCsv, reachCsvFileName } from '@app/reports';
import { bearerToken } from '../auth/request-context';

const STATUS: Partial<Record<ErrorCode, HttpStatus>> = {
  [ErrorCode.BAD_USER_INPUT]: HttpStatus.BAD_REQUEST,
  [ErrorCode.UNAUTHENTICATED]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.FORBIDDEN]: HttpStatus.FORBIDDEN,
  [ErrorCode.NOT_FOUND]: HttpStatus.NOT_FOUND,
};

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

/** The reach report as a download for Dutch Excel; the same Bearer token as the GraphQL API. */
@Controller('reports')
export class ReachCsvController {
  constructor(
    private readonly auth: AuthService,
    private readonly reports: ReportService,
  ) {}

  @Get('reach.csv')
  async reach(@Req() req: Request, @Res() res: Response): Promise<void> {
    try {
      const token = bearerToken(req);
      if (!token) throw new UnauthenticatedException('Log in first: send Authorization: Bearer <token>');
      const actor = await this.auth.actorFromToken(token);
      const { schoolYear, province, programme } = parseQuery(req.query);
      const report = await this.reports.reach(actor, schoolYear, { province, programme });
      res
        .status(HttpStatus.OK)
        .type('text/csv; charset=utf-8')
        .set('Content-Disposition', `attachment; filename="${reachCsvFileName(schoolYear)}"`)
        .send(reachCsv(report));
    } catch (error) {
      const status = error instanceof DomainException ? STATUS[error.code] : undefined;
      if (!status || !(error instanceof DomainException)) throw error;
      res.status(status).json({ code: error.code, reason: error.reason, message: error.message });
    }
  }
}
