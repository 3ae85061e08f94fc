import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses, Scopes } from '@lienthong/platform';
import { InboxPageView, InboxPinParams, InboxQuery } from './dto/inbox.dto';
import { InboxService } from './inbox.service';

/** The applicants' inboxes. */
@ApiTags('inbox')
@Controller('v1/inbox')
export class InboxController {
  constructor(private readonly inbox: InboxService) {}

  @Get(':pin')
  // The guard to come will also hold the caller to their own PIN.
  @Scopes('inbox:read')
  @ApiOperation({
    summary: "An applicant's messages about their dossiers, newest first, with cursor pagination.",
  })
  @ApiOkResponse({ type: InboxPageView })
  @ApiProblemResponses(400)
  getInbox(@Param() { pin }: InboxPinParams, @Query() query: InboxQuery): Promise<InboxPageView> {
    return this.inbox.getInbox(pin, query);
  }
}
