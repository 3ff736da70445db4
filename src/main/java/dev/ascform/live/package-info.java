/**
 * Reading the live account: {@link dev.ascform.live.LiveReader} reads every kind in scope
 * concurrently (bounded), each collection once through {@link dev.ascform.live.LiveReads}, and
 * reports the requests it took in {@link dev.ascform.live.LiveState}.
 */
package dev.ascform.live;
