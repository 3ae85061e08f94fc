import { Module } from '@nestjs/common';
import { ProcedureCatalogue } from './procedure-catalogue';

/** The procedure groups, as data: forms, fees, step graphs, deadlines. */
@Module({ providers: [ProcedureCatalogue], exports: [ProcedureCatalogue] })
export class ProcedureModule {}
