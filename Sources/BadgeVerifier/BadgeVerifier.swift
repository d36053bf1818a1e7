import BadgeCrypto
import OpenBadges
