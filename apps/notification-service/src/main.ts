import { bootstrapService } from '@lienthong/platform';
import { AppModule } from './app.module';
import {
  NotificationServiceConfig,
  NOTIFICATION_SERVICE,
} from './config/notification-service.config';

void bootstrapService({
  module: AppModule,
  ...NOTIFICATION_SERVICE,
  config: NotificationServiceConfig,
});
