import { bootstrapService } from '@lienthong/platform';
import { AppModule } from './app.module';
import {
  SocialProtectionServiceConfig,
  SOCIAL_PROTECTION_SERVICE,
} from './config/social-protection-service.config';

void bootstrapService({
  module: AppModule,
  ...SOCIAL_PROTECTION_SERVICE,
  config: SocialProtectionServiceConfig,
});
