import 'react-polar-checkout-links/styles.css';

export const metadata = { title: 'react-polar-checkout-links in Next.js' };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
