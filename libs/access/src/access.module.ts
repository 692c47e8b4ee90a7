import { Global, Module } from '@nestjs/common';
import { AccessService } from './access.service';

/** The access layer, one instance for every lib. */
@Global()
@Module({ providers: [AccessService], exports: [AccessService] })
export class AccessModule {}
