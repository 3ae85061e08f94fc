import { bootstrapService } from '@lienthong/platform';
import { AppModule } from './app.module';
import { DossierServiceConfig, DOSSIER_SERVICE } from './config/dossier-service.config';

void bootstrapService({ module: AppModule, ...DOSSIER_SERVICE, config: DossierServiceConfig });
