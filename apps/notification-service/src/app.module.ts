import { Module } from '@nestjs/common';
import { serviceInfrastructure } from '@lienthong/messaging';
import { PlatformModule } from '@lienthong/platform';
import { NOTIFICATION_SERVICE } from './config/notification-service.config';
import { EMAIL_ENTITIES, EMAIL_MIGRATIONS } from './email/email.module';
import { INBOX_ENTITIES, INBOX_MIGRATIONS, InboxModule } from './inbox/inbox.module';

/**
 * notification-service: citizen inbox and e-mail (SMS and signed webhooks for integrators later).
 * Its database and messaging kit come from `serviceInfrastructure`; feature modules follow.
 */
@Module({
  imports: [
    PlatformModule.forService({ serviceName: NOTIFICATION_SERVICE.serviceName }),
    ...serviceInfrastructure({
      serviceName: NOTIFICATION_SERVICE.serviceName,
      entities: [...INBOX_ENTITIES, ...EMAIL_ENTITIES],
      // The e-mail table references inbox messages: the inbox's migration runs first.
      migrations: [...INBOX_MIGRATIONS, ...EMAIL_MIGRATIONS],
    }),
    InboxModule,
  ],
})
export class AppModule {}
