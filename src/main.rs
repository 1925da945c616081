//! Starts Samenspel in the browser.

fn main() {
    samenspel::start();
}
