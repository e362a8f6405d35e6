// Placeholder until the layer's setup lands; it starts nothing.
export default function setup(): void {}
