using System.Globalization;
using System.Threading.Channels;

namespace TwitchSite.Preview;

/// <summary>
/// The browsers watching the preview: each open page holds a Server-Sent Events stream; after a
/// rebuild the hub sends every stream a <c>reload</c> event with the build number. A new stream
/// first gets a <c>hello</c> event with the current build number, so a page that reconnects
/// after missing a rebuild (or a restart of the preview) reloads too.
/// </summary>
public sealed class LiveReloadHub
{
    private readonly Lock _lock = new();
    private readonly HashSet<Channel<string>> _clients = [];
    private bool _closed;

    /// <summary>Number of connected browsers.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _clients.Count;
            }
        }
    }

    /// <summary>Tells every connected browser to reload for build <paramref name="build"/>.</summary>
    public void Reload(int build) => Broadcast(Event("reload", build));

    /// <summary>
    /// Streams events to one browser until it disconnects or the hub closes. Writes through
    /// <paramref name="write"/> (which must flush); sends a comment every <paramref name="keepAlive"/>
    /// so proxies and browsers keep the connection open.
    /// </summary>
    public async Task StreamAsync(int currentBuild, Func<string, CancellationToken, Task> write, TimeSpan keepAlive, CancellationToken cancellation)
    {
        var channel = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        lock (_lock)
        {
            if (_closed)
            {
                return;
            }

            _clients.Add(channel);
        }

        try
        {
            await write("retry: 500\n\n" + Event("hello", currentBuild), cancellation).ConfigureAwait(false);
            while (!cancellation.IsCancellationRequested)
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
                wait.CancelAfter(keepAlive);
                string message;
                try
                {
                    if (!await channel.Reader.WaitToReadAsync(wait.Token).ConfigureAwait(false))
                    {
                        return; // the hub closed
                    }

                    message = await channel.Reader.ReadAsync(cancellation).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
                {
                    message = ": keep-alive\n\n";
                }

                await write(message, cancellation).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The browser went away or the server is stopping.
        }
        catch (IOException)
        {
            // The connection broke.
        }
        finally
        {
            lock (_lock)
            {
                _clients.Remove(channel);
            }
        }
    }

    /// <summary>Ends every stream, so the server can stop without waiting for browsers.</summary>
    public void Close()
    {
        lock (_lock)
        {
            _closed = true;
            foreach (var client in _clients)
            {
                client.Writer.TryComplete();
            }
        }
    }

    private void Broadcast(string message)
    {
        lock (_lock)
        {
            foreach (var client in _clients)
            {
                client.Writer.TryWrite(message);
            }
        }
    }

    private static string Event(string name, int build) =>
        string.Create(CultureInfo.InvariantCulture, $"event: {name}\ndata: {{\"build\":{build}}}\n\n");
}
