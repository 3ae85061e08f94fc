import { Injectable } from '@nestjs/common';
import type { HouseholdView, ResidentView } from './dto/population-register.dto';
import { PopulationRegisterError, PopulationRegisterErrorCode } from './population-register.error';
import { PopulationRegisterRepository } from './population-register.repository';

/** Reads of the population register. */
@Injectable()
export class PopulationRegisterService {
  constructor(private readonly repository: PopulationRegisterRepository) {}

  /** @throws PopulationRegisterError ResidentNotFound. */
  async getResident(pin: string): Promise<ResidentView> {
    const resident = await this.repository.findResident(pin);
    if (!resident) throw new PopulationRegisterError(PopulationRegisterErrorCode.ResidentNotFound);
    const { household, relationshipToHead } = resident;
    return {
      pin: resident.pin,
      fullName: resident.fullName,
      sex: resident.sex,
      dateOfBirth: resident.dateOfBirth,
      status: resident.status,
      dateOfDeath: resident.dateOfDeath,
      permanentResidence:
        household && relationshipToHead
          ? {
              householdId: household.id,
              provinceCode: household.provinceCode,
              communeCode: household.communeCode,
              address: household.address,
              relationshipToHead,
            }
          : null,
    };
  }

  /** @throws PopulationRegisterError HouseholdNotFound. */
  async getHousehold(id: string): Promise<HouseholdView> {
    const household = await this.repository.findHousehold(id);
    if (!household)
      throw new PopulationRegisterError(PopulationRegisterErrorCode.HouseholdNotFound);
    return {
      id: household.id,
      provinceCode: household.provinceCode,
      communeCode: household.communeCode,
      address: household.address,
      headDeceasedOn: household.headDeceasedOn,
      // Members always have a relationship (a table constraint ties it to household_id).
      members: (household.members ?? []).map((member) => ({
        pin: member.pin,
        fullName: member.fullName,
        sex: member.sex,
        dateOfBirth: member.dateOfBirth,
        relationshipToHead: member.relationshipToHead ?? 'other',
        status: member.status,
      })),
    };
  }
}
