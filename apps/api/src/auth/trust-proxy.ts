import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Express } from 'express';
import { EnvironmentVariables, trustProxySetting } from '@app/config';

/**
 * Sets Express's `trust proxy` from TRUST_PROXY, so that `req.ip`, the client address the rate limits count, is the
 * client's and not the proxy's behind a load balancer, and cannot be made up with X-Forwarded-For without one.
 */
@Injectable()
export class TrustProxy implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly env: EnvironmentVariables,
  ) {}

  onModuleInit(): void {
    const express = this.adapterHost.httpAdapter?.getInstance<Express>();
    express?.set('trust proxy', trustProxySetting(this.env.TRUST_PROXY));
  }
}
