"""상호거래 section: agreements and ceremonies, trade records, requests, and the web of ties."""
