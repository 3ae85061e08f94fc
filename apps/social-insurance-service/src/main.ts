import { bootstrapService } from '@lienthong/platform';
import { AppModule } from './app.module';
import {
  SocialInsuranceServiceConfig,
  SOCIAL_INSURANCE_SERVICE,
} from './config/social-insurance-service.config';

void bootstrapService({
  module: AppModule,
  ...SOCIAL_INSURANCE_SERVICE,
  config: SocialInsuranceServiceConfig,
});
