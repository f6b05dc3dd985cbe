package org.articlesearch.opensearch;

import java.net.URI;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/** Opens clients of the OpenSearch cluster a configuration names. */
public final class OpenSearchClients {
  private static final Timeout CONNECT_TIMEOUT = Timeout.ofSeconds(5);

  /** Long enough for a large bulk request on a busy node, short enough to notice a dead one. */
  private static final Timeout RESPONSE_TIMEOUT = Timeout.ofSeconds(60);

  private OpenSearchClients() {}

  /**
   * Returns a client that sends each request to one of the configured hosts, marking a host that
   * fails as dead for a while and trying the next; close it with {@code client._transport()}.
   */
  public static OpenSearchClient open(OpenSearchConfig config) {
    HttpHost[] hosts = new HttpHost[config.hosts().size()];
    for (int i = 0; i < hosts.length; i++) {
      URI uri = config.hosts().get(i);
      int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
      hosts[i] = new HttpHost(uri.getScheme(), uri.getHost(), port);
    }
    OpenSearchTransport transport =
        ApacheHttpClient5TransportBuilder.builder(hosts)
            .setMapper(new JacksonJsonpMapper())
            .setHttpClientConfigCallback(
                builder ->
                    builder.setConnectionManager(
                        PoolingAsyncClientConnectionManagerBuilder.create()
                            .setDefaultConnectionConfig(
                                ConnectionConfig.custom()
                                    .setConnectTimeout(CONNECT_TIMEOUT)
                                    .setSocketTimeout(RESPONSE_TIMEOUT)
                                    .build())
                            .setMaxConnPerRoute(32)
                            .setMaxConnTotal(64)
                            .build()))
            .setRequestConfigCallback(builder -> builder.setResponseTimeout(RESPONSE_TIMEOUT))
            .build();
    return new OpenSearchClient(transport);
  }
}
