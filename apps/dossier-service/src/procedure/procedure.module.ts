import { Module } from '@nestjs/common';
import { ProcedureCatalogue } from './procedure-catalogue';
import { ProcedureController } from './procedure.controller';

/** The procedure groups, as data: forms, fees, step graphs, deadlines. */
@Module({
  controllers: [ProcedureController],
  providers: [ProcedureCatalogue],
  exports: [ProcedureCatalogue],
})
export class ProcedureModule {}
