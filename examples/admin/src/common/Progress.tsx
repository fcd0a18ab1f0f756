/** An operation under way: an indeterminate progress bar with what is happening. */
export function Progress({ label }: { label: string }) {
  return (
    <p className="progress" role="status">
      <progress aria-label={label} />
      <span>{label}</span>
    </p>
  );
}
