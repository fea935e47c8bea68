import { GraphError } from './errors';

/**
 * Errors of SharePoint's REST API. They are GraphErrors whose code is SharePoint's "<HRESULT>, <exception
 * type>" pair; the `/_sp` entry point prints them in SharePoint's `odata.error` shape.
 */
export const spError = (status: number, code: string, message: string): GraphError =>
  new GraphError(status, code, message);

export const spAccessDenied = (): GraphError =>
  spError(403, '-2147024891, System.UnauthorizedAccessException', 'Access denied.');

export const spArgument = (message: string, status = 400): GraphError =>
  spError(status, '-2147024809, System.ArgumentException', message);

export const spException = (message: string, status = 400): GraphError =>
  spError(status, '-2146232832, Microsoft.SharePoint.SPException', message);

export const spItemNotFound = (): GraphError =>
  spArgument('Item does not exist. It may have been deleted by another user.', 404);

export const spGroupNotFound = (): GraphError => spException('Group cannot be found.', 404);

export const spUserNotFound = (name: string): GraphError =>
  spException(`The specified user ${name} could not be found.`, 404);

export const spFileNotFound = (): GraphError =>
  spError(404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.');
