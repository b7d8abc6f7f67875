import { posI18n } from './i18n.ts';
import { insecureContextEn, insecureContextJa } from './insecure-context-catalogs.ts';

const namespace = 'posInsecureContext';
posI18n.i18n.addResourceBundle('en', namespace, insecureContextEn);
posI18n.i18n.addResourceBundle('ja', namespace, insecureContextJa);

/**
 * The insecure-context screen's words in the register's current language (its catalog joins
 * the register's i18n when the screen loads); keys are checked against the English catalog.
 */
export const tInsecure = posI18n.i18n.getFixedT(null, namespace);
