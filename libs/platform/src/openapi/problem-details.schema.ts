import { applyDecorators } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiProperty,
  ApiPropertyOptional,
  ApiResponse,
  getSchemaPath,
} from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE } from '../problem/problem-types';

/** One invalid input of a problem, for the OpenAPI document. */
export class ProblemFieldErrorSchema {
  @ApiPropertyOptional({ example: '/child/dateOfBirth', description: 'JSON Pointer into the body' })
  pointer?: string;

  @ApiPropertyOptional({ example: 'limit', description: 'Query or path parameter name' })
  parameter?: string;

  @ApiProperty({ example: 'dateOfBirth must be a valid ISO 8601 date string' })
  detail!: string;
}

/** The problem body (RFC 9457), for the OpenAPI document. */
export class ProblemDetailsSchema {
  @ApiProperty({ example: 'https://lienthong.gov.vn/problems/validation-error' })
  type!: string;

  @ApiProperty({ example: 'The request is not valid' })
  title!: string;

  @ApiProperty({ example: 400 })
  status!: number;

  @ApiProperty({ example: '1 input(s) did not validate; see errors.' })
  detail!: string;

  @ApiProperty({ example: '/v1/dossiers', description: 'The request path' })
  instance!: string;

  @ApiProperty({ example: '6f1c2f0e-9b7a-4c39-9a57-0d3c1b2a4e5f' })
  correlationId!: string;

  @ApiPropertyOptional({ type: [ProblemFieldErrorSchema] })
  errors?: ProblemFieldErrorSchema[];
}

/**
 * Documents problem responses of an operation, e.g. `@ApiProblemResponses(400, 404, 409)`.
 */
export function ApiProblemResponses(...statuses: number[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiExtraModels(ProblemDetailsSchema, ProblemFieldErrorSchema),
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: 'Problem details (RFC 9457)',
        content: {
          [PROBLEM_CONTENT_TYPE]: { schema: { $ref: getSchemaPath(ProblemDetailsSchema) } },
        },
      }),
    ),
  );
}
