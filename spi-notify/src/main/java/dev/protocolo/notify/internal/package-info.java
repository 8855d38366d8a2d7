/** Public for technical reasons only; not part of the API and free to change in any release. */
package dev.protocolo.notify.internal;
