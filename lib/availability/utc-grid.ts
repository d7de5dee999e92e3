// The grid is counted from the Unix epoch, i.e. in UTC. Every real-world UTC
// offset is a whole number of quarter hours, so a 15-minute UTC grid is also a
// 15-minute grid on the clinic's clock, on both sides of a DST change.

export function floorToGrid(instant: Date, gridMinutes: number): Date {
  const size = gridMinutes * 60_000;
  return new Date(Math.floor(instant.getTime() / size) * size);
}

export function ceilToGrid(instant: Date, gridMinutes: number): Date {
  const size = gridMinutes * 60_000;
  return new Date(Math.ceil(instant.getTime() / size) * size);
}
