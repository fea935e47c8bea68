/**
 * The SENCO's register operations, loaded by the store on first use (their own chunk): class staff
 * never run them, so a dashboard's first load does not carry them.
 */
export { importRegister } from './pupils/importRegister';
export { rolloverClasses } from './pupils/rolloverClasses';
export { updatePupil } from './pupils/updatePupil';
export { loadRegister } from './register/loadRegister';
export { listOffRegister, listPupilPlans } from './register/offRegister';
