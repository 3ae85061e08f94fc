import { Controller, Get, Inject, Module } from '@nestjs/common';
import { IsString } from 'class-validator';
import request from 'supertest';
import { ConfigValidationError } from '../config/load-config.util';
import { ServiceConfig } from '../config/service.config';
import { createTestApp } from './create-test-app';
import { PlatformModule } from './platform.module';

class SampleServiceConfig extends ServiceConfig {
  @IsString()
  GREETING: string = 'xin chào';
}

@Controller('v1/config')
class ConfigController {
  constructor(
    @Inject(SampleServiceConfig) private readonly own: SampleServiceConfig,
    @Inject(ServiceConfig) private readonly base: ServiceConfig,
  ) {}

  @Get()
  read(): { greeting: string; service: string; same: boolean } {
    return {
      greeting: this.own.GREETING,
      service: this.base.SERVICE_NAME,
      same: this.own === this.base,
    };
  }
}

@Module({
  imports: [PlatformModule.forService({ serviceName: 'config-sample' })],
  controllers: [ConfigController],
})
class ConfigSampleModule {}

describe('createTestApp', () => {
  it('injects the app config class and ServiceConfig as one instance read from env', async () => {
    const app = await createTestApp({
      module: ConfigSampleModule,
      config: SampleServiceConfig,
      env: { GREETING: 'chào bạn' },
    });

    const res = await request(app.getHttpServer()).get('/v1/config');
    await app.close();

    expect(res.body).toEqual({ greeting: 'chào bạn', service: 'config-sample', same: true });
  });

  it('fails with every bad variable listed', async () => {
    await expect(
      createTestApp({ module: ConfigSampleModule, env: { PORT: 'x', LOG_LEVEL: 'loud' } }),
    ).rejects.toThrow(ConfigValidationError);
  });
});
