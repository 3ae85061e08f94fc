import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Matches } from 'class-validator';

/** Path parameters of `GET /v1/procedures/{code}`. */
export class ProcedureCodeParams {
  @ApiProperty({ example: 'birth-registration-bundle' })
  @Matches(/^[a-z][a-z0-9-]{0,63}$/, { message: '$property must be a procedure code' })
  code!: string;
}

/** One step of a published procedure. */
export class ProcedureStepView {
  @ApiProperty({ example: 'birth' }) key!: string;
  @ApiProperty({ example: 'Birth registration' }) name!: string;
  @ApiProperty({ example: 'civil-status-service', description: 'The agency that does it.' })
  agency!: string;
  @ApiProperty({ type: [String], description: 'Keys of the steps it waits for.' })
  needs!: string[];
  @ApiProperty({ description: 'Processing deadline, in working days from the filing date.' })
  deadlineWorkingDays!: number;
  @ApiProperty({
    description:
      'Whether it is the step the citizen applies for (its refusal refuses the dossier).',
  })
  principal!: boolean;
  @ApiProperty({ description: 'Whether the step exists only when a fee is due.' })
  onlyWhenFeeDue!: boolean;
}

/** One version of a fee rule. */
export class FeeRuleView {
  @ApiProperty({ format: 'date' }) effectiveFrom!: string;
  @ApiPropertyOptional({ format: 'date' }) effectiveTo?: string;
  @ApiProperty({ example: 8000, description: 'Whole VND per unit.' }) unitAmount!: number;
  @ApiProperty({ example: 'VND' }) currency!: string;
  @ApiProperty({ example: 50, description: 'Reduction for online filing, percent.' })
  onlineReductionPercent!: number;
}

/** The fee of a procedure. */
export class FeeView {
  @ApiProperty() description!: string;
  @ApiProperty({
    example: '/certifiedCopies',
    description: 'JSON Pointer, in `data`, of the quantity.',
  })
  quantityField!: string;
  @ApiProperty({ type: [FeeRuleView] }) rules!: FeeRuleView[];
}

/** A procedure group as published: what it is, on what legal basis, how long, at what cost, what to submit. */
export class ProcedureView {
  @ApiProperty({ example: 'birth-registration-bundle' }) code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: [String] }) legalBasis!: string[];
  @ApiProperty({ description: 'The longest step deadline: the whole procedure, in working days.' })
  deadlineWorkingDays!: number;
  @ApiProperty({ type: [ProcedureStepView] }) steps!: ProcedureStepView[];
  @ApiPropertyOptional({ type: FeeView, nullable: true, description: 'null: free of charge.' })
  fee!: FeeView | null;
  @ApiProperty({
    type: [String],
    description: 'Applicant fields required beyond pin, fullName, relationship.',
  })
  requiredApplicantFields!: string[];
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'JSON Schema of `data`.',
  })
  form!: Record<string, unknown>;
}

/** Every procedure group. */
export class ProcedureListView {
  @ApiProperty({ type: [ProcedureView] }) items!: ProcedureView[];
}
