/**
 * Notification adapters: {@link dev.protocolo.notify.TemplateRenderer} (Mustache templates in pt-BR and
 * en, overridable from disk), {@link dev.protocolo.notify.SmtpEmailSender} (Jakarta Mail),
 * {@link dev.protocolo.notify.HttpSmsSender} and {@link dev.protocolo.notify.WebhookSender} (the JDK's HTTP
 * client), {@link dev.protocolo.notify.LoggingSender} for development, and the helpers receivers use:
 * {@link dev.protocolo.notify.WebhookSignature} and {@link dev.protocolo.notify.EmailSubjects}.
 */
package dev.protocolo.notify;
