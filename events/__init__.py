"""Events: from news articles to geolocated, deduplicated incidents and deployments in a store."""
