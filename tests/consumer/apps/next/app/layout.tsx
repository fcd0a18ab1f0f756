import '@esign-kit/react/styles.css';
import type { ReactNode } from 'react';

export const metadata = { title: 'esign-kit consumer: Next.js' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
