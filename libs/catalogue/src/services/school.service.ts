import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { SchoolEntity } from '../entities/school.entity';

@Injectable()
export class SchoolService {
  constructor(@InjectRepository(SchoolEntity) private readonly schools: Repository<SchoolEntity>) {}

  findByVestigingscode(code: string): Promise<SchoolEntity | null> {
    return this.schools.findOne({ where: { vestigingscode: code.trim().toUpperCase() } });
  }

  findByIds(ids: readonly string[]): Promise<SchoolEntity[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.schools.find({ where: { id: In([...ids]) } });
  }

  count(): Promise<number> {
    return this.schools.count();
  }
}
