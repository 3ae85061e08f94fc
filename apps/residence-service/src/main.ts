import { bootstrapService } from '@lienthong/platform';
import { AppModule } from './app.module';
import { ResidenceServiceConfig, RESIDENCE_SERVICE } from './config/residence-service.config';

void bootstrapService({ module: AppModule, ...RESIDENCE_SERVICE, config: ResidenceServiceConfig });
