import { bootstrapService } from '@lienthong/platform';
import { AppModule } from './app.module';
import {
  CivilStatusServiceConfig,
  CIVIL_STATUS_SERVICE,
} from './config/civil-status-service.config';

void bootstrapService({
  module: AppModule,
  ...CIVIL_STATUS_SERVICE,
  config: CivilStatusServiceConfig,
});
