<?xml version="1.0" encoding="UTF-8"?>
<!--
  Shows a Quire feed as a readable page when someone opens it in a browser: what a feed is,
  how to subscribe, and the newest posts. Feed readers ignore it. No scripts and no inline
  styles, so a strict Content-Security-Policy holds; nothing is loaded from another origin.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:atom="http://www.w3.org/2005/Atom"
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  exclude-result-prefixes="atom dc">
  <xsl:output method="html" encoding="UTF-8" indent="yes" doctype-system="about:legacy-compat"/>

  <xsl:template match="/">
    <html lang="{/rss/channel/language}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="robots" content="noindex"/>
        <title><xsl:value-of select="/rss/channel/title"/> · Web feed</title>
        <link rel="stylesheet" href="/rss.css"/>
        <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
      </head>
      <body>
        <main>
          <xsl:apply-templates select="/rss/channel"/>
        </main>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="channel">
    <header>
      <p class="kicker">Web feed</p>
      <h1><xsl:value-of select="title"/></h1>
      <p><xsl:value-of select="description"/></p>
      <p><a href="{link}">Visit the website</a></p>
    </header>
    <aside class="about-feeds" aria-labelledby="about-feeds-title">
      <h2 id="about-feeds-title">How to subscribe</h2>
      <p>
        A feed (also called RSS) lets you follow this site without visiting it: a feed reader
        checks it for you and shows each new post, in full, as soon as it is published.
        No account, no email address, and you can stop at any time.
      </p>
      <p>To subscribe, copy this address into your feed reader:</p>
      <p class="feed-url"><code><xsl:value-of select="atom:link[@rel='self']/@href"/></code></p>
      <p>
        Don’t have a feed reader yet? Most are free: search your app store or the web for
        “RSS reader”, install one, and paste the address above where it asks for a feed or URL.
      </p>
    </aside>
    <section aria-labelledby="recent-title">
      <h2 id="recent-title">Newest posts</h2>
      <xsl:choose>
        <xsl:when test="item">
          <ol class="items">
            <xsl:apply-templates select="item"/>
          </ol>
        </xsl:when>
        <xsl:otherwise>
          <p>Nothing has been published here yet. Subscribe, and new posts will come to you.</p>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <xsl:template match="item">
    <li>
      <a href="{link}"><xsl:value-of select="title"/></a>
      <!-- pubDate reads "Tue, 17 Feb 2026 14:00:00 GMT": characters 6 to 16 are the day. -->
      <span class="meta">
        <xsl:value-of select="substring(pubDate, 6, 11)"/>
        <xsl:if test="dc:creator"> · <xsl:value-of select="dc:creator"/></xsl:if>
      </span>
    </li>
  </xsl:template>
</xsl:stylesheet>
