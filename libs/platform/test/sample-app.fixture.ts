import { Body, Controller, Get, Inject, Module, Param, Post, Query } from '@nestjs/common';
import { Type } from 'class-transformer';
import {
  IsDefined,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { PinoLogger } from 'nestjs-pino';
import {
  type ConvertibleToProblem,
  createTestApp,
  type Environment,
  PlatformModule,
  type ProblemInit,
  ProblemException,
  Scopes,
} from '../src';
import { captureLines, type LogCapture } from './log-capture';

class ChildDto {
  @IsString()
  @IsNotEmpty()
  fullName!: string;

  @IsISO8601({ strict: true })
  dateOfBirth!: string;
}

class BirthDataDto {
  // ValidateNested alone lets a missing object through.
  @IsDefined()
  @ValidateNested()
  @Type(() => ChildDto)
  child!: ChildDto;
}

/** A nested body, like the dossier intake's. */
export class SampleRequestDto {
  @IsDefined()
  @ValidateNested()
  @Type(() => BirthDataDto)
  data!: BirthDataDto;
}

class ListQueryDto {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}

/** A module error mapping its own code to a problem, as `*.error.ts` classes do. */
export class SampleConflictError extends Error implements ConvertibleToProblem {
  toProblem(): ProblemInit {
    return { status: 409, type: 'sample-conflict', title: 'Sample conflict', detail: 'Taken.' };
  }
}

/** A secret that must never reach a client. */
export const LEAKY_MESSAGE = 'connect ECONNREFUSED postgres://app:s3cret@db.internal:5432';

@Controller('v1/samples')
class SampleController {
  constructor(@Inject(PinoLogger) private readonly logger: PinoLogger) {}

  @Post()
  @Scopes('sample:write')
  create(@Body() body: SampleRequestDto): { received: SampleRequestDto } {
    this.logger.info('sample created');
    return { received: body };
  }

  @Get()
  @Scopes('sample:read')
  list(@Query() query: ListQueryDto): { limit: number } {
    return { limit: query.limit ?? 20 };
  }

  @Get('boom')
  boom(): never {
    throw new Error(LEAKY_MESSAGE);
  }

  @Get('conflict')
  conflict(): never {
    throw new SampleConflictError('conflict');
  }

  @Get(':id')
  get(@Param('id') id: string): { id: string } {
    if (id === 'missing') {
      throw new ProblemException({
        status: 404,
        type: 'sample-not-found',
        title: 'Sample not found',
        detail: `No sample ${id}.`,
      });
    }
    return { id };
  }
}

/** A service module as an app would write it, for supertest specs. */
@Module({
  imports: [PlatformModule.forService({ serviceName: 'sample-service' })],
  controllers: [SampleController],
})
export class SampleAppModule {}

/** A valid body for `POST /v1/samples`. */
export function validSampleBody(): Record<string, unknown> {
  return { data: { child: { fullName: 'Nguyễn Văn An', dateOfBirth: '2024-05-01' } } };
}

/** A started sample application and the log lines it writes. */
export interface SampleApp {
  readonly app: NestExpressApplication;
  readonly logs: LogCapture;
}

/** The sample application built like production, logging at info into a capture. */
export async function startSampleApp(env: Environment = {}): Promise<SampleApp> {
  const logs = captureLines();
  const app = await createTestApp({
    module: SampleAppModule,
    env: { LOG_LEVEL: 'info', ...env },
    logDestination: logs.stream,
  });
  return { app, logs };
}
