import type { Server, ServerResponse } from 'node:http'

/**
 * Lets `server` stop the way a deploy needs: stop accepting at once, let every request already received get its
 * answer, then call `onClosed`. Keep-alive is what makes this fiddly: an answered client would otherwise hold its
 * connection open until the keep-alive timeout, so in-flight responses are sent with `Connection: close` and idle
 * sockets are closed as soon as they become idle. After `graceMs` the remaining connections are cut.
 */
export function drainOnShutdown(server: Server, graceMs: number) {
  const inFlight = new Set<ServerResponse>()
  let closing = false

  const closeWhenIdle = () => setImmediate(() => server.closeIdleConnections())

  server.on('request', (_request, response: ServerResponse) => {
    if (closing) response.setHeader('Connection', 'close')
    inFlight.add(response)
    response.once('close', () => {
      inFlight.delete(response)
      if (closing) closeWhenIdle()
    })
  })

  return function shutDown(onClosed: () => void) {
    if (closing) return
    closing = true
    server.close(onClosed)
    for (const response of inFlight) {
      if (!response.headersSent) response.setHeader('Connection', 'close')
    }
    server.closeIdleConnections()
    setTimeout(() => {
      console.error('Shutdown grace period over: closing the remaining connections.')
      server.closeAllConnections()
    }, graceMs).unref()
  }
}
