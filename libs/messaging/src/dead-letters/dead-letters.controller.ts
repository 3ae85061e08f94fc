import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses, Scopes } from '@lienthong/platform';
import { DeadLetterService } from './dead-letter.service';
import {
  DeadLetterDetail,
  DeadLetterIdParams,
  DeadLetterPage,
  ListDeadLettersQuery,
  ReplayResult,
} from './dto/dead-letter.dto';

/** Operators' view of what this service's consumers set aside, and the way to retry it. */
@ApiTags('dead letters')
@Controller('v1/dead-letters')
export class DeadLettersController {
  constructor(private readonly deadLetters: DeadLetterService) {}

  @Get()
  @Scopes('operations:read')
  @ApiOperation({ summary: 'List dead letters, newest first (cursor pagination).' })
  @ApiOkResponse({ type: DeadLetterPage })
  @ApiProblemResponses(400)
  list(@Query() query: ListDeadLettersQuery): Promise<DeadLetterPage> {
    return this.deadLetters.list(query);
  }

  @Get(':id')
  @Scopes('operations:read')
  @ApiOperation({ summary: 'One dead letter, with the message as it was received.' })
  @ApiOkResponse({ type: DeadLetterDetail })
  @ApiProblemResponses(400, 404)
  get(@Param() { id }: DeadLetterIdParams): Promise<DeadLetterDetail> {
    return this.deadLetters.get(id);
  }

  @Post(':id/replay')
  @HttpCode(200)
  @Scopes('operations:replay')
  @ApiOperation({
    summary:
      'Process the message again with its consumer; 409 if already replayed, 422 if it fails again.',
  })
  @ApiOkResponse({ type: ReplayResult })
  @ApiProblemResponses(400, 404, 409, 422)
  replay(@Param() { id }: DeadLetterIdParams): Promise<ReplayResult> {
    return this.deadLetters.replay(id);
  }
}
