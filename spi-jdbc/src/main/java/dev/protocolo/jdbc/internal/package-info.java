/** Code public for technical reasons only; not part of Protocolo's API and free to change in any release. */
package dev.protocolo.jdbc.internal;
