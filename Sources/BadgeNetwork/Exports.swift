// BadgeNetwork answers BadgeVerifier's DocumentFetcher over the network; its users need both.
@_exported import BadgeVerifier
