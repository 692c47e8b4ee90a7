import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { AccessService, Permission } from '@app/access';
import {
  BadInputException,
  DomainError,
  NotFoundException,
  isUuid,
  type Actor,
  type Province,
} from '@app/core';
import { Tx } from '@app/database';
import { NotificationService, companyRejectedText } from '@app/notifications';
import { CompanyEntity } from '../entities/company.entity';

/** Companies a list answers at most, newest first: a queue, not an export. */
export const COMPANY_LIST_LIMIT = 200;
/** The longest name query and rejection reason accepted. */
const QUERY_MAX = 100;
const REASON_MAX = 1000;

export interface CompanyFilter {
  /** true: approved; false: waiting for a coordinator (not approved, not turned down); absent: all. */
  approved?: boolean | null;
  /** Companies with a location in this province. */
  province?: Province | null;
  /** Part of the name, case and accents ignored. */
  query?: string | null;
}

// LIKE's own wildcards in what a person typed are meant literally.
const likeLiteral = (text: string) => text.replace(/[\\%_]/g, '\\$&');

/** The coordinators' approval queue: companies listed by approval state, and turned down with a reason. */
@Injectable()
export class CompanyApprovalService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(CompanyEntity) private readonly companies: Repository<CompanyEntity>,
    private readonly notifications: NotificationService,
    private readonly access: AccessService,
  ) {}

  /** Companies by `filter`, newest first, at most `COMPANY_LIST_LIMIT`. */
  async list(actor: Actor, filter: CompanyFilter = {}): Promise<CompanyEntity[]> {
    // A coordinator's own provinces unless one is asked for (outside them: refused); every province for the admin.
    const provinces = this.access.provincesFor(actor, Permission.CompanyList, filter.province);
    const query = filter.query?.trim() ?? '';
    if (query.length > QUERY_MAX) {
      throw new BadInputException(`The name query is longer than ${QUERY_MAX} characters`, {
        field: 'query',
      });
    }
    const builder = this.companies
      .createQueryBuilder('c')
      .orderBy('c.created_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(COMPANY_LIST_LIMIT);
    if (filter.approved === true) builder.andWhere('c.approved');
    // A company turned down waits for itself to correct, not for a coordinator.
    if (filter.approved === false) builder.andWhere('NOT c.approved AND c.rejection_reason IS NULL');
    if (provinces) {
      builder.andWhere(
        'EXISTS (SELECT 1 FROM company_locations l WHERE l.company_id = c.id AND l.province = ANY(:provinces))',
        { provinces },
      );
    }
    if (query) {
      builder.andWhere(`unaccent_lower(c.name) LIKE '%' || unaccent_lower(:query) || '%' ESCAPE '\\'`, {
        query: likeLiteral(query),
      });
    }
    return builder.getMany();
  }

  /**
   * Turns a company down with a reason its contacts read (and are notified of); it stays unapproved until it
   * corrects itself (`CompanyService.update`) or a coordinator approves it after all.
   */
  async reject(actor: Actor, id: string, reason: string): Promise<CompanyEntity> {
    await this.access.require(actor, Permission.CompanyReject, [id]);
    if (!isUuid(id)) throw new NotFoundException('Company', id);
    const text = reason.trim();
    if (!text) {
      throw new DomainError('REJECTION_REASON_REQUIRED', 'Say why the company is turned down', {
        field: 'reason',
      });
    }
    if (text.length > REASON_MAX) {
      throw new DomainError(
        'REJECTION_REASON_TOO_LONG',
        `The reason is longer than ${REASON_MAX} characters`,
        {
          field: 'reason',
        },
      );
    }
    return Tx.run(this.dataSource, async (tx) => {
      const repo = tx.manager.getRepository(CompanyEntity);
      const company = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!company) throw new NotFoundException('Company', id);
      if (company.approved) {
        throw new DomainError('COMPANY_ALREADY_APPROVED', 'This company is approved already', { id });
      }
      // A repeated request (a double click) notifies once.
      if (company.rejectionReason === text) return company;
      company.rejectionReason = text;
      company.rejectedAt = new Date();
      await repo.save(company);
      await this.notifications.notifyCompanies(tx, [
        { companyId: id, ...companyRejectedText(company.name, text) },
      ]);
      return company;
    });
  }
}
