export {
  type ConcludedFilesData,
  type ConcludedFilesInput,
  concludedFiles,
  concludedFilesDataSchema,
} from './concludedFiles.js';
export {
  type ContractDetailUrlData,
  type ContractDetailUrlInput,
  contractDetailUrl,
  contractDetailUrlDataSchema,
} from './contractDetailUrl.js';
export {
  type ContractFormUrlData,
  type ContractFormUrlInput,
  contractFormUrl,
  contractFormUrlDataSchema,
} from './contractFormUrl.js';
export {
  type ContractListUrlData,
  type ContractListUrlInput,
  contractListUrl,
  contractListUrlDataSchema,
} from './contractListUrl.js';
export {
  type ContractSignatureUrlData,
  type ContractSignatureUrlInput,
  contractSignatureUrl,
  contractSignatureUrlDataSchema,
} from './contractSignatureUrl.js';
export {
  type Contract,
  type FindContractData,
  type FindContractInput,
  findContract,
  findContractDataSchema,
} from './findContract.js';
export {
  type GetContractData,
  type GetContractInput,
  getContract,
  getContractDataSchema,
  type LegacyContract,
} from './getContract.js';
export {
  type LegacyContractFormUrlData,
  type LegacyContractFormUrlInput,
  legacyContractFormUrl,
  legacyContractFormUrlDataSchema,
} from './legacyContractFormUrl.js';
export {
  type ListContractsData,
  type ListContractsInput,
  listContracts,
  listContractsDataSchema,
} from './listContracts.js';
export {
  type ContractDate,
  type ContractSignature,
  type ContractSummary,
  contractDateSchema,
  contractSignatureSchema,
  contractSummarySchema,
} from './schemas.js';
