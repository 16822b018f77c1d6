/** ninjs-style JSON renderings of Wirestream articles, for the JSON topic and the CLI. */
package io.wirestream.publish.json;
