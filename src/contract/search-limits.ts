/** Search all stores (B12): at least 4 characters, answered by HQ in real time. */
export const searchAllStoresMinLength = 4;
